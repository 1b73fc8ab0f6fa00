#!/bin/sh
# Runs npm scripts side by side (usage: sh scripts/parallel.sh lint check), then prints each one's
# output whole, in the order given, with its exit status; fails if any of them failed. `npm test`
# uses it for the steps that need neither the build nor each other. Not for two steps that both run
# `svelte-kit sync` (check, vitest, a build): each sync deletes and rewrites the generated types
# of the root layout, so one can fail on a file the other has just removed.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
i=0
for script in "$@"; do
	i=$((i + 1))
	(
		npm run --silent "$script" >"$dir/$i.log" 2>&1
		echo $? >"$dir/$i.status"
	) &
done
wait
failed=0
i=0
for script in "$@"; do
	i=$((i + 1))
	status=$(cat "$dir/$i.status")
	echo "> npm run $script: exit $status"
	cat "$dir/$i.log"
	[ "$status" -eq 0 ] || failed=1
done
exit $failed
