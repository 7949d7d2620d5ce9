'use strict';
const { execFile } = require('child_process');
const path = require('path');
const util = require('util');

const execFileAsync = util.promisify(execFile);

/**
 * Thumbnail generation for uploaded images, backed by ImageMagick's `convert`.
 */
class ImageResizer {
  /**
   * @param {{ outputDir: string, binary?: string }} options
   */
  constructor({ outputDir, binary = 'convert' }) {
    this.outputDir = outputDir;
    this.binary = binary;
  }

  /**
   * Output path for a resized copy of `inputPath`.
   * @param {string} inputPath
   * @param {number} width
   */
  outputPathFor(inputPath, width) {
    const { name } = path.parse(inputPath);
    return path.join(this.outputDir, `${name}-${width}w.png`);
  }

  /**
   * Resize an image to the given width, keeping the aspect ratio.
   * @param {string} inputPath path of the uploaded file
   * @param {number} width target width in pixels
   * @returns {Promise<string>} path of the generated thumbnail
   */
  async resize(inputPath, width = 320) {
    const size = parseInt(width, 10);
    if (!Number.isFinite(size) || size <= 0 || size > 4096) {
      throw new RangeError(`invalid width: ${width}`);
    }
    const input = path.resolve(String(inputPath));
    const output = this.outputPathFor(input, size);
    // No shell: every argument reaches convert verbatim.
    await execFileAsync(this.binary, [input, '-resize', `${size}x`, output], { timeout: 30000 });
    return output;
  }
}

module.exports = { ImageResizer };
