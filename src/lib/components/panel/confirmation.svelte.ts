/** A short confirmation ("Link copied") that clears itself after a few seconds. */
export class Confirmation {
	text = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;

	say(text: string, ms = 4000): void {
		this.text = text;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.text = ''), ms);
	}
}
