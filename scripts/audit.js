// CI's dependency audit: fails on any high or critical advisory in the production dependencies.
// Where the registry has no audit endpoint (some mirrors answer 405), it says so and does not fail:
// that is a missing service, not a finding.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
	report = JSON.parse(run.stdout || '{}');
} catch {
	console.error(`audit: could not read npm audit's output:\n${run.stdout}\n${run.stderr}`);
	process.exit(1);
}
if (report.error || report.statusCode) {
	const reason = report.message ?? report.error?.summary ?? JSON.stringify(report.error);
	console.log(`audit: skipped, the registry gave no audit answer (${reason})`);
	process.exit(0);
}
const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`audit: production dependencies: ${JSON.stringify(counts)}`);
if (serious > 0) {
	for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
		if (v.severity === 'high' || v.severity === 'critical')
			console.error(`  ${v.severity}: ${name}`);
	}
	process.exit(1);
}
