/** One marker to place: its x in the current view and the width of its text label. */
export interface MarkerInput {
	x: number;
	labelWidth: number;
}

export interface LayoutOptions {
	/** Width of the visible area; markers outside it are not laid out. */
	width: number;
	/** Diameter of a marker's number badge. */
	markerSize: number;
	/** Space between badge and label. */
	gap: number;
	/** Minimum space between two boxes in one lane. */
	padding: number;
	/** Rows available. */
	lanes: number;
}

export interface Placement {
	/** Index into the input. */
	index: number;
	lane: number;
	/** 'right' or 'left' of the badge, or 'none' when there is no room for the label. */
	label: 'right' | 'left' | 'none';
	visible: boolean;
	/** Occupied extent [left, right] in px. */
	box: readonly [number, number];
}

/**
 * Places markers in lanes so that no two boxes (badge plus any label) overlap.
 * First try labels greedily: each marker takes the first lane where badge and label fit (label
 * right, else left), else the first lane where its badge alone fits. Where that leaves a badge
 * with no lane, badges go first and labels fill the room that is left (see badgesFirst).
 * O(n log n) for the sort, then O(n * lanes).
 */
export function layoutMarkers(
	items: readonly MarkerInput[],
	options: LayoutOptions,
	first?: (index: number) => boolean
): Placement[] {
	const order = items.map((_, i) => i).sort((a, b) => items[a]!.x - items[b]!.x);
	return labelsFirst(items, order, options) ?? badgesFirst(items, order, options, first);
}

function hidden(index: number, x: number, r: number): Placement {
	return { index, lane: 0, label: 'none', visible: false, box: [x - r, x + r] };
}

/** Greedy placement with labels; null when some badge finds no free lane. */
function labelsFirst(
	items: readonly MarkerInput[],
	order: readonly number[],
	{ width, markerSize, gap, padding, lanes }: LayoutOptions
): Placement[] | null {
	const r = markerSize / 2;
	const laneEnds = new Array<number>(lanes).fill(-Infinity);
	const placements = new Array<Placement>(items.length);
	for (const index of order) {
		const { x, labelWidth } = items[index]!;
		if (x < -r || x > width + r) {
			placements[index] = hidden(index, x, r);
			continue;
		}
		const candidates: { label: Placement['label']; box: [number, number]; fits: boolean }[] = [
			{
				label: 'right',
				box: [x - r, x + r + gap + labelWidth],
				fits: x + r + gap + labelWidth <= width
			},
			{
				label: 'left',
				box: [x - r - gap - labelWidth, x + r],
				fits: x - r - gap - labelWidth >= 0
			},
			{ label: 'none', box: [x - r, x + r], fits: true }
		];
		let placed = false;
		for (const { label, box, fits } of candidates) {
			const lane = fits ? laneEnds.findIndex((end) => end + padding <= box[0]) : -1;
			if (lane >= 0) {
				laneEnds[lane] = box[1];
				placements[index] = { index, lane, label, visible: true, box };
				placed = true;
				break;
			}
		}
		if (!placed) return null;
	}
	return placements;
}

/** Badges take the lowest free lane; then each gets a label only where one fits beside its neighbours. */
function badgesFirst(
	items: readonly MarkerInput[],
	order: readonly number[],
	{ width, markerSize, gap, padding, lanes }: LayoutOptions,
	first?: (index: number) => boolean
): Placement[] {
	const r = markerSize / 2;
	const laneEnds = new Array<number>(lanes).fill(-Infinity);
	const laneMembers: number[][] = Array.from({ length: lanes }, () => []);
	const placements = new Array<Placement>(items.length);
	for (const index of order) {
		const { x } = items[index]!;
		if (x < -r || x > width + r) {
			placements[index] = hidden(index, x, r);
			continue;
		}
		let lane = laneEnds.findIndex((end) => end + padding <= x - r);
		// More badges here than the lanes can hold apart: share the lane that frees up first.
		if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
		laneEnds[lane] = x + r;
		laneMembers[lane]!.push(index);
		placements[index] = { index, lane, label: 'none', visible: true, box: [x - r, x + r] };
	}
	return fillLabels(
		items,
		placements,
		laneMembers,
		{ width, markerSize, gap, padding, lanes },
		[],
		first
	);
}

/**
 * Gives each placed badge a label where one fits between its neighbours in its lane: on the
 * right, else on the left; or first on the side `preferred` names for it, where that fits. Markers
 * for which `first` is true (the days picked out on the timeline) get their labels before the others.
 */
function fillLabels(
	items: readonly MarkerInput[],
	placements: Placement[],
	laneMembers: readonly number[][],
	{ width, markerSize, gap, padding }: LayoutOptions,
	preferred: readonly Placement['label'][] = [],
	first: (index: number) => boolean = () => false
): Placement[] {
	const r = markerSize / 2;
	for (const members of laneMembers) {
		const ordered = [...members.filter(first), ...members.filter((i) => !first(i))];
		for (const index of ordered) {
			const at = members.indexOf(index);
			const previous = members[at - 1];
			const next = members[at + 1];
			// What is taken either side: a neighbour's badge, and its label if it has one yet.
			const before = previous === undefined ? -Infinity : placements[previous]!.box[1];
			const after = next === undefined ? Infinity : placements[next]!.box[0];
			const { x, labelWidth } = items[index]!;
			const rightEnd = x + r + gap + labelWidth;
			const leftStart = x - r - gap - labelWidth;
			const placement = placements[index]!;
			const fitsRight = rightEnd <= Math.min(width, after - padding);
			const fitsLeft = leftStart >= Math.max(0, before + padding);
			const left = preferred[index] === 'left' ? fitsLeft : fitsLeft && !fitsRight;
			if (left) {
				placements[index] = { ...placement, label: 'left', box: [leftStart, x + r] };
			} else if (fitsRight) {
				placements[index] = { ...placement, label: 'right', box: [x - r, rightEnd] };
			}
		}
	}
	return placements;
}

/**
 * Keeps given lanes (e.g. those laid out for the narrowest width) and only chooses labels for the
 * width at hand. Markers then never change rows as the width changes, so nothing shifts when the
 * real width replaces the assumed one after loading. Lanes laid out at a narrower width stay
 * valid at any wider one: positions scale with the width, so gaps only grow.
 */
export function layoutInLanes(
	items: readonly MarkerInput[],
	lanes: readonly number[],
	options: LayoutOptions,
	/** Label sides to keep where they still fit (e.g. those of the narrowest layout), so labels do not jump. */
	sides: readonly Placement['label'][] = [],
	/** Markers labelled before the others where room is short. */
	first?: (index: number) => boolean
): Placement[] {
	const r = options.markerSize / 2;
	const order = items.map((_, i) => i).sort((a, b) => items[a]!.x - items[b]!.x);
	const laneMembers: number[][] = Array.from({ length: options.lanes }, () => []);
	const placements = new Array<Placement>(items.length);
	for (const index of order) {
		const { x } = items[index]!;
		if (x < -r || x > options.width + r) {
			placements[index] = hidden(index, x, r);
			continue;
		}
		const lane = Math.min(options.lanes - 1, lanes[index] ?? 0);
		laneMembers[lane]!.push(index);
		placements[index] = { index, lane, label: 'none', visible: true, box: [x - r, x + r] };
	}
	return fillLabels(items, placements, laneMembers, options, sides, first);
}

/** How markers are drawn: badge size, spacing and rows (everything but the width). */
export type MarkerGeometry = Omit<LayoutOptions, 'width'>;

/**
 * Where each marker goes for a view. Unzoomed, markers keep the lanes (and label sides) of
 * `resting`, the layout at the narrowest width, so nothing moves when the page measures its real
 * width after loading (no layout shift); zoomed, they are laid out afresh for the view. Where not
 * every label fits, those of `first` markers are placed before the others.
 */
export function placeMarkers(
	items: readonly MarkerInput[],
	width: number,
	zoomed: boolean,
	resting: readonly Placement[],
	geometry: MarkerGeometry,
	/** Markers whose labels come first where room is short (the days picked out, the open day). */
	first?: (index: number) => boolean
): Placement[] {
	const options = { ...geometry, width };
	if (zoomed) return layoutMarkers(items, options, first);
	return layoutInLanes(
		items,
		resting.map((p) => p.lane),
		options,
		resting.map((p) => p.label),
		first
	);
}

/** A character's width in em, as system fonts draw it: CJK a full em, capitals and digits wide, i, l and punctuation narrow. */
export function charWidth(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	if (code >= 0x2e80) return 1;
	if (/[A-Z0-9&@%]/.test(char)) return 0.68;
	if (/[ilj.,:;'|!]/.test(char)) return 0.3;
	return 0.58;
}

/** A width estimate for text in a font of `fontSize` px, for when nothing can measure it (SSR, tests). */
export function estimateTextWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const char of text) em += charWidth(char);
	return Math.ceil(em * fontSize);
}
