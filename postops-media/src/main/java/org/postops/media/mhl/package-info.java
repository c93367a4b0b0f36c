/**
 * ASC MHL histories on disk: the generations in a folder's {@code ascmhl/} folder checked against the
 * chain, nested histories, and the commands on them (create, verify, diff, flatten) with the reference
 * tool's exit codes. Every file is written atomically; media files are only read.
 */
package org.postops.media.mhl;
