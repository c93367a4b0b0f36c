/**
 * Configurations of kit as data: a snapshot flattened to sorted keys, the diff between two, version ranges, and
 * the check of a snapshot against a qualified configuration. Pure Java so the rules can be proven with vectors and
 * properties; the app stores snapshots and says who may see them.
 */
package org.postops.planning.config;
