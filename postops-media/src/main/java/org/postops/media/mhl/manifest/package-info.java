/**
 * The ASC MHL v2.0 formats and their meaning: manifests ({@code urn:ASC:MHL:v2.0}) and the chain file
 * ({@code urn:ASC:MHL:DIRECTORY:v2.0}) as records — read with DTDs and entities refused, written in the
 * reference tool's layout — the ignore patterns they carry, and the directory content and structure hashes.
 */
package org.postops.media.mhl.manifest;
