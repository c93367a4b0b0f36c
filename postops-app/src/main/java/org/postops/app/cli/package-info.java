/**
 * The {@code postops} command line: {@code serve} starts the server; other commands (audit verify, and
 * later hashing, QC, timecode) run without starting Spring.
 */
package org.postops.app.cli;
