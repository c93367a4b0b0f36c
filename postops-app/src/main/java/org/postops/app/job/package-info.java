/**
 * Background jobs: long work (hashing a camera card, a QC pass) runs on JobRunr workers in the server, while
 * people follow it through a job run (status, files and bytes done) that outlives JobRunr's own bookkeeping.
 */
package org.postops.app.job;
