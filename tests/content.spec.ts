import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.describe('content', { tag: '@both-editions' }, () => {
	// What a reader sees is exactly as strong as its source: "about" stays "about", a figure only the
	// article gives is shown as its claim, quotation marks hold only a speaker's own words, and every
	// feature says where it comes from. The rules behind these are in src/lib/content/validate/.

	const panel = (page: Page, title: string) =>
		page.getByRole('region', { name: title, exact: true });
	const region = (page: Page, title: string, name: string) =>
		panel(page, title).getByRole('region', { name, exact: true });
	/** One figure of a day's Key figures, by its label. */
	const figure = (page: Page, title: string, label: string) =>
		region(page, title, 'Key figures')
			.locator('div')
			.filter({ has: page.getByText(label, { exact: true }) });

	test('livestream times say "about", and the intro says announced or released', async ({
		page
	}) => {
		await page.goto('/day/1');
		await expect(panel(page, 'OpenAI o1 and o1 pro mode in ChatGPT')).toContainText(
			'Livestream at about 10:00 Pacific (18:00 UTC)'
		);
		await expect(
			page.getByText(/OpenAI announced or released something new every weekday/)
		).toBeVisible();
		await page.goto('/day/4');
		const summary = panel(page, 'Canvas').getByText(
			/^Canvas becomes available to every ChatGPT user/
		);
		await expect(summary).toBeVisible();
		await expect(panel(page, 'Canvas')).not.toContainText('beta for every');
	});

	test('About says what the fact sheet was checked against: stored copies, secondary sources too', async ({
		page
	}) => {
		await page.goto('/');
		const footer = page.getByRole('contentinfo');
		await expect(footer).toContainText('stored copies of public material');
		await expect(footer).toContainText('secondary sources');
		await page.goto('/zh');
		await expect(footer).toContainText('公开资料的存档副本');
		await expect(footer).toContainText('二手资料');
	});

	test('each feature lists its sources, and a number leads to that source in the list', async ({
		page
	}) => {
		await page.goto('/day/3');
		const launch = region(page, 'Sora', 'What was released')
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: 'Public launch on Sora Turbo' }) });
		const gadgets = launch.getByRole('link', {
			name: /^Source \d+: Report on Sora’s launch .*Gadgets360$/
		});
		await gadgets.click();
		await expect(page).toHaveURL(/\/day\/3#source-d3-gadgets360$/);
		const listed = region(page, 'Sora', 'Sources')
			.getByRole('listitem')
			.filter({ hasText: 'Gadgets360' });
		await expect(listed).toBeInViewport();
		await expect(listed.getByRole('link')).toHaveAttribute(
			'href',
			/^https:\/\/www\.gadgets360\.com\//
		);
		// The 1080p and 20-second limits are Gadgets360's (fact sheet S22).
		await expect(
			figure(page, 'Sora', 'Longest video').getByRole('link', { name: /Gadgets360$/ })
		).toBeVisible();
	});

	test('1-800-CHATGPT cites OpenAI’s help page, and its February 2025 change cites that month’s post', async ({
		page
	}) => {
		await page.goto('/day/10');
		const features = region(page, '1-800-CHATGPT', 'What was released').getByRole('listitem');
		await expect(
			features
				.filter({ has: page.getByRole('heading', { name: 'Call ChatGPT' }) })
				.getByRole('link', { name: /OpenAI Help Center$/ })
		).toBeVisible();
		await expect(
			features
				.filter({ has: page.getByRole('heading', { name: 'Text only at first' }) })
				.getByRole('link', { name: /February 2025\), Kevin Weil \(OpenAI\) on X$/ })
		).toBeVisible();
		await expect(page.locator('a[href*="nexspy"]')).toHaveCount(0);
		await expect(page.locator('a[href*="buttondown"]')).toHaveCount(0);
	});

	test('day 1’s headline figure cites OpenAI’s post; the event hub is linked by day only where OpenAI or others linked it', async ({
		page
	}) => {
		const title = 'OpenAI o1 and o1 pro mode in ChatGPT';
		await page.goto('/day/1');
		// The fact sheet checked "faster" and the 34% against OpenAI's 5 December post (S10).
		const errors = figure(page, title, 'Fewer major errors on hard real-world questions');
		await expect(
			errors.getByRole('link', { name: /^Source \d+: OpenAI’s post announcing o1 in ChatGPT/ })
		).toBeVisible();
		await expect(errors.getByRole('link', { name: /Livestream/ })).toHaveCount(0);
		// ?day=1 would be a guess at OpenAI's address (S4): the hub itself is cited instead.
		await expect(page.locator('a[href*="12-days/?day="]')).toHaveCount(0);
		await expect(
			region(page, title, 'Sources').getByRole('link', { name: '12 Days of OpenAI (event hub)' })
		).toHaveAttribute('href', 'https://openai.com/12-days/');
		// OpenAI itself posted the Day 4 link, and says so.
		await page.goto('/day/4');
		await expect(
			region(page, 'Canvas', 'Sources').getByRole('link', { name: /as posted by @OpenAI$/ })
		).toHaveAttribute('href', 'https://openai.com/12-days/?day=4');
	});

	test('a figure only the article gives is shown as its claim, never as a chart', async ({
		page
	}) => {
		const title = 'OpenAI o1 and o1 pro mode in ChatGPT';
		await page.goto('/day/1');
		const faster = figure(page, title, 'Faster thinking');
		await expect(faster).toContainText('The article’s figure, unconfirmed');
		await expect(faster).toContainText('no source for 50% was found');
		await expect(page.getByRole('list', { name: 'Comparison: Faster thinking' })).toHaveCount(0);
		// A checked figure on the same day is charted, so the lookup above can find a chart.
		await expect(
			page.getByRole('list', { name: 'Comparison: ChatGPT Pro subscription' })
		).toBeVisible();
		await expect(figure(page, title, 'ChatGPT Pro subscription')).not.toContainText('unconfirmed');

		await page.goto('/day/12');
		const cost = figure(page, 'OpenAI o3 and o3-mini', 'o3 cost on ARC-AGI, high-compute run');
		await expect(cost).toContainText('The article’s figure');
		await expect(
			page.getByRole('list', { name: /^Comparison: o3 cost on ARC-AGI, high/ })
		).toHaveCount(0);
	});

	test('paraphrase is plain text; only a speaker’s own quoted words are a <q>', async ({
		page
	}) => {
		await page.goto('/day/3');
		const said = region(page, 'Sora', 'What people said');
		await expect(said.getByText(/Tang Jiayu argues that/).first()).toBeVisible();
		await expect(page.locator('blockquote')).toHaveCount(0);
		await expect(said.locator('q')).toHaveText([
			'below expectations',
			'neck and neck',
			'no difficulty for us'
		]);
		// The author's own narration (Chinese companies relieved) is reported, never quoted.
		const narration = said.locator('figure').filter({ hasText: 'Li Shiyun observes' });
		await expect(narration).toContainText('felt relieved');
		await expect(narration.locator('q')).toHaveCount(0);
	});

	test('Liu Zhiyuan’s scaling remark is told once, under day 12, and day 1 links to it', async ({
		page
	}) => {
		await page.goto('/theme/depth-and-breadth');
		const said = page
			.getByRole('region', { name: 'Deep enough, but broad enough?', exact: true })
			.getByRole('region', { name: 'What people said' });
		await expect(said.locator('q', { hasText: 'the scaling law of inference' })).toHaveCount(1);
		await page.goto('/day/1');
		await region(page, 'OpenAI o1 and o1 pro mode in ChatGPT', 'What people said')
			.getByRole('link', { name: 'Day 12: OpenAI o3 and o3-mini' })
			.click();
		await expect(page).toHaveURL('/day/12');
		await expect(region(page, 'OpenAI o3 and o3-mini', 'What people said')).toContainText(
			'Liu Zhiyuan argues that o3’s gains over o1 came from spending more computation at inference time'
		);
	});

	test('day 12 notes the paper’s 2724 on the rating and cites the paper and the recap', async ({
		page
	}) => {
		const title = 'OpenAI o3 and o3-mini';
		await page.goto('/day/12');
		const rating = figure(page, title, 'Codeforces rating');
		await expect(rating).toContainText('2724');
		await expect(
			rating.getByRole('link', { name: /Competitive Programming with Large Reasoning Models/ })
		).toBeVisible();
		await expect(
			figure(page, title, 'o3-mini Codeforces rating by reasoning effort').getByRole('link', {
				name: /\[Day 12\] introducing o3 and o3-mini/
			})
		).toBeVisible();
		// Unnamed sources are described as the article describes them.
		await expect(panel(page, title)).toContainText(
			'A technical person at a Chinese large-model company (unnamed)'
		);
		await expect(panel(page, title)).not.toContainText('technical lead');
	});

	test('the Chinese edition says the same: 各方观点, quoted words as <q>, the article’s claims marked', async ({
		page
	}) => {
		await page.goto('/zh/day/3');
		const said = page.getByRole('region', { name: 'Sora', exact: true }).getByRole('region', {
			name: '各方观点',
			exact: true
		});
		await expect(said.locator('q')).toHaveText(['低于预期', '齐头并进', '并没有难度']);
		const narration = said.locator('figure').filter({ hasText: '黎诗韵写道' });
		await expect(narration).toContainText('放下心来');
		await expect(narration.locator('q')).toHaveCount(0);
		await expect(page.locator('blockquote')).toHaveCount(0);
		await page.goto('/zh/day/1');
		const faster = page
			.getByRole('region', { name: '关键数字', exact: true })
			.locator('div')
			.filter({ has: page.getByText('思考速度提升', { exact: true }) });
		await expect(faster).toContainText('文章给出的数字，未经核实');
		await expect(page.getByRole('list', { name: '对比：思考速度提升' })).toHaveCount(0);
	});

	test('/days.json names the unnamed technical person as the article does, and keeps his old id findable', async ({
		request
	}) => {
		const data = await (await request.get('/days.json')).json();
		type Person = { id: string; name: { zh: string }; formerIds?: string[] };
		const people: Person[] = data.people;
		const person = people.find((p) => p.id === 'unnamed-technical-person');
		expect(person?.name.zh).toContain('技术人士');
		// Readers who kept the id it had until issue 23 can map it; nothing cites the old id.
		expect(person?.formerIds).toEqual(['unnamed-llm-engineer']);
		expect(people.map((p) => p.id)).not.toContain('unnamed-llm-engineer');
		expect(JSON.stringify(data.days)).not.toContain('unnamed-llm-engineer');
		expect(
			data.days[11].commentary.filter((c: { person: string }) => c.person === person?.id)
		).toHaveLength(2);
	});

	test('Chinese pages quote with “” only, never 「」', async ({ request }) => {
		const paths = [
			'/zh',
			'/zh/verdict',
			...Array.from({ length: 12 }, (_, i) => `/zh/day/${i + 1}`)
		];
		for (const path of paths) {
			const html = await (await request.get(path)).text();
			// The page's text, without its scripts (hydration data) and tags.
			const text = html
				.replace(/<script[\s\S]*?<\/script>/g, '')
				.replace(/<style[\s\S]*?<\/style>/g, '')
				.replace(/<[^>]+>/g, ' ');
			expect(text.length, path).toBeGreaterThan(2000);
			expect(text.match(/[「」『』]/g), path).toBeNull();
		}
	});
});
