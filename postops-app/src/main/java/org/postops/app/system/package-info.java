/**
 * Pieces every area shares that are not web pages: id generation, JSON settings, the data directory,
 * generated secrets.
 */
package org.postops.app.system;
