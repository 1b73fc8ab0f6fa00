/** WCAG 2 contrast ratio of two computed CSS colours ("rgb(r, g, b)" or "rgba(r, g, b, 1)"). */
export function contrast(a: string, b: string): number {
	const [la, lb] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (la! + 0.05) / (lb! + 0.05);
}

function luminance(colour: string): number {
	const channels = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour);
	if (!channels) throw new Error(`not an rgb() colour: ${colour}`);
	if (channels[4] !== undefined && Number(channels[4]) < 1)
		throw new Error(`a translucent colour has no contrast of its own: ${colour}`);
	const [r, g, b] = channels.slice(1, 4).map((c) => {
		const v = Number(c) / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
