/**
 * Media integrity in the app: the facility's storage volumes, productions' media folders on them, ASC MHL seal
 * and verify runs as background jobs with their results, and each folder's 3-2-1 coverage across copies.
 */
package org.postops.app.media;
