'use strict';
/**
 * Deploy helper used by the internal "preview environments" service:
 * checks out a requested branch in a working copy and reports the commit.
 */
const { spawn } = require('child_process');

/**
 * Runs a git command in `cwd` and resolves with its stdout.
 * @param {string} command full command line
 * @param {string} cwd working directory
 * @returns {Promise<string>}
 */
function run(command, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`));
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
    await run(`git fetch origin ${target}`, this.repoDir);
    await run(`git checkout -B ${target} origin/${target}`, this.repoDir);
    const commit = (await run('git rev-parse HEAD', this.repoDir)).trim();
    return { branch: target, commit };
  }
}

module.exports = { BranchDeployer, run };
