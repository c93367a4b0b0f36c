/**
 * ASC MHL v2.0 (urn:ASC:MHL:v2.0): histories in {@code ascmhl/} folders, generations, the chain file,
 * directory content and structure hashes, nested histories — written and read the way the reference
 * tool (ascmhl) does, with DTDs and entities refused and every file written atomically.
 */
package org.postops.media.mhl;
