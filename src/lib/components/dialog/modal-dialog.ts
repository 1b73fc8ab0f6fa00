import type { Attachment } from 'svelte/attachments';

// What the Cite and Embed dialogs share: how they open and keep focus (with modal-dialog.css, how
// they look). Each is fetched when the reader reaches for its button; this module comes with the first.

/** Opens a dialog as a modal (the page behind is inert, Escape closes it) with focus on its first Copy button. */
export const modal: Attachment<HTMLDialogElement> = (dialog) => {
	dialog.showModal();
	dialog.querySelector<HTMLElement>('.copy')?.focus();
	return () => dialog.close();
};

/** Tab and Shift+Tab cycle inside the dialog; no key reaches the page's shortcuts behind it. */
export function keepKeysInside(event: KeyboardEvent & { currentTarget: HTMLDialogElement }): void {
	event.stopPropagation();
	if (event.key !== 'Tab') return;
	const stops = [
		...event.currentTarget.querySelectorAll<HTMLElement>(
			'input:checked, textarea, button:not([disabled])'
		)
	];
	const [first, last] = [stops[0], stops[stops.length - 1]];
	if (event.shiftKey && document.activeElement === first) {
		event.preventDefault();
		last?.focus();
	} else if (!event.shiftKey && document.activeElement === last) {
		event.preventDefault();
		first?.focus();
	}
}

/** Closes the dialog a control is in (its Close button). */
export const closeDialog = (event: MouseEvent & { currentTarget: HTMLElement }): void =>
	event.currentTarget.closest('dialog')?.close();
