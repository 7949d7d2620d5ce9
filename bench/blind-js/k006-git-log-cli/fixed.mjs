#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/**
 * Parse `git log --oneline` output into commit objects.
 * @param {string} output
 * @returns {Array<{hash: string, subject: string}>}
 */
export function parseOneline(output) {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const space = line.indexOf(' ');
      return { hash: line.slice(0, space), subject: line.slice(space + 1) };
    });
}

/**
 * The most recent commits on a branch.
 * @param {string} branch   branch or tag name
 * @param {{ count?: number, cwd?: string }} [options]
 */
export function recentCommits(branch = 'main', { count = 20, cwd = process.cwd() } = {}) {
  const limit = Number.parseInt(count, 10) || 20;
  const ref = String(branch);
  if (ref.startsWith('-')) throw new Error(`invalid branch name: ${ref}`);
  // argv array, no shell; "--" keeps the ref from being read as an option or path
  const output = execFileSync('git', ['log', '--oneline', '--no-color', '-n', String(limit), ref, '--'], {
    cwd,
    encoding: 'utf8',
  });
  return parseOneline(output);
}

/** Render release notes as a markdown bullet list. */
export function formatNotes(branch, commits) {
  const lines = commits.map((c) => `- ${c.subject} (${c.hash})`);
  return [`## Changes on ${branch}`, '', ...lines].join('\n');
}

/** CLI entry point: `release-notes <branch> [count]`. */
export function main(argv = process.argv.slice(2), out = process.stdout) {
  const [branch = 'main', count = '20'] = argv;
  const commits = recentCommits(branch, { count });
  out.write(formatNotes(branch, commits) + '\n');
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main();
}
