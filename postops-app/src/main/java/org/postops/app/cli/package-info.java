/**
 * The {@code postops} command line: {@code serve} starts the server; the other commands (audit verify,
 * hash, mhl; later QC and timecode) run without starting Spring. Thin: the work is in the libraries.
 */
package org.postops.app.cli;
