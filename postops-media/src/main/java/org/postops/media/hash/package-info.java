/**
 * File hashing at disk speed: the ASC MHL formats (md5, sha1, xxh64, xxh3, xxh128, c4), several formats
 * from one read of each file, files hashed in parallel with a fixed amount of buffer memory.
 */
package org.postops.media.hash;
