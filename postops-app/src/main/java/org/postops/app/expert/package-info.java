/**
 * Experts: the register of people and support lines a ticket can be routed to, and the ranking that suggests
 * them. Apart from skills so each stays small; it reads skills only through SkillService.
 */
package org.postops.app.expert;
