import { accessSync, constants, statSync } from 'node:fs';
import { TaxonomyError } from '../../lib/config/load-taxonomy.js';
import { CsvFormatError } from '../../tools/data/csv.js';
import { LabelledCsvError } from '../../tools/data/labelled-csv.js';
import { describeFsError, InputFileError } from '../../tools/local/input-file.js';
import { PolicyCsvError } from '../../tools/taxonomy/derive-taxonomy.js';
import { UsageError } from './command.js';

/**
 * Files named on the command line. Whatever is wrong with one (missing, unreadable, malformed) is
 * the caller's to fix, so it is a usage error (exit 2) that names the flag, in every command.
 */

const FILE_ERRORS = [InputFileError, LabelledCsvError, CsvFormatError, PolicyCsvError, TaxonomyError];

/** Fails unless path is a readable file. */
const checkReadable = (flag: string, path: string): void => {
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw new UsageError(`--${flag}: cannot read ${path}: ${describeFsError(error)}`);
  }
};

/** Reads a file named by a flag, turning what is wrong with its content into a usage error too. */
const readFlagFile = <T>(flag: string, path: string, read: (path: string) => T): T => {
  checkReadable(flag, path);
  try {
    return read(path);
  } catch (error) {
    if (FILE_ERRORS.some((type) => error instanceof type))
      throw new UsageError(`--${flag}: ${(error as Error).message}`);
    throw error;
  }
};

export { checkReadable, readFlagFile };
