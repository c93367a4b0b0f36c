/**
 * Skills: the facility's taxonomy, everyone's self-assessment, and the skills tasks and qualified
 * configurations require. The experts register built on them lives in org.postops.app.expert.
 */
package org.postops.app.skill;
