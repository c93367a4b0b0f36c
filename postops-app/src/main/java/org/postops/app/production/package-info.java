/**
 * Productions and what defines them: brief with acceptance criteria, technical specification and
 * deliverables, workflow stages (from a template per type, or copied from an earlier production), team.
 */
package org.postops.app.production;
