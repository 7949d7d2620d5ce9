'use strict';
/**
 * Deploy helper used by the internal "preview environments" service:
 * checks out a requested branch in a working copy and reports the commit.
 */
const { spawn } = require('child_process');

// Branch names: letters, digits and . _ / -, not starting with "-" and without "..".
const BRANCH_RE = /^(?!-)(?!.*\.\.)[A-Za-z0-9._\/-]{1,200}$/;

/**
 * Runs git with an argument list (no shell) in `cwd` and resolves with its stdout.
 * @param {string[]} args git arguments
 * @param {string} cwd working directory
 * @returns {Promise<string>}
 */
function run(args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`git ${args.join(' ')} exited with ${code}: ${stderr.trim()}`));
    });
  });
}

class BranchDeployer {
  /** @param {string} repoDir path of the working copy */
  constructor(repoDir) {
    this.repoDir = repoDir;
  }

  /**
   * Fetches and checks out `branch`, returning the deployed commit.
   * @param {string} branch e.g. "feature/login-form"
   * @returns {Promise<{branch: string, commit: string}>}
   */
  async deploy(branch) {
    const target = branch.trim();
    if (!BRANCH_RE.test(target)) {
      throw new Error(`Invalid branch name: ${JSON.stringify(target)}`);
    }
    await run(['fetch', 'origin', target], this.repoDir);
    await run(['checkout', '-B', target, `origin/${target}`], this.repoDir);
    const commit = (await run(['rev-parse', 'HEAD'], this.repoDir)).trim();
    return { branch: target, commit };
  }
}

module.exports = { BranchDeployer, run };
