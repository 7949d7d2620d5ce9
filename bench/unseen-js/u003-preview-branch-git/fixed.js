#!/usr/bin/env node
'use strict';
/**
 * Preview deploy helper: fetch a branch into an existing working copy, check it out and
 * report the commit that is now live.
 *
 *   node app.js <repoDir> <branch>
 */
const { execFileSync } = require('child_process');
const path = require('path');

/**
 * Run a git command inside `repoDir` and return its trimmed stdout.
 * @param {string} repoDir
 * @param {string[]} args
 */
function git(repoDir, args) {
  const out = execFileSync('git', args, {
    cwd: repoDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return out.trim();
}

/**
 * @param {string} repoDir working copy to update
 * @param {string} branch remote branch to deploy
 * @returns {{ branch: string, commit: string, repoDir: string }}
 */
function checkoutBranch(repoDir, branch) {
  if (typeof branch !== 'string' || branch.trim() === '') {
    throw new TypeError('branch name is required');
  }
  if (branch.startsWith('-') || /[\s\0]/.test(branch)) {
    throw new Error(`invalid branch name: ${branch}`);
  }
  const cwd = path.resolve(repoDir);
  git(cwd, ['fetch', 'origin', branch]);
  git(cwd, ['checkout', branch]);
  const commit = git(cwd, ['rev-parse', '--short', 'HEAD']);
  return { branch, commit, repoDir: cwd };
}

function main(argv = process.argv.slice(2)) {
  const [repoDir, branch] = argv;
  if (!repoDir || !branch) {
    console.error('usage: preview-deploy <repoDir> <branch>');
    return 2;
  }
  try {
    const result = checkoutBranch(repoDir, branch);
    console.log(`Deployed ${result.branch} at ${result.commit}`);
    return 0;
  } catch (err) {
    console.error(`deploy failed: ${err.message}`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main();
}

module.exports = { checkoutBranch, main };
