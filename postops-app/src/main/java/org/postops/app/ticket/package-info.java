/**
 * Tickets: faults and questions raised about kit, productions and tasks, their lifecycle and timeline, the
 * service targets they are measured against, the options weighed to restore service, and the solution each was
 * resolved with, rated by the person who raised it.
 */
package org.postops.app.ticket;
