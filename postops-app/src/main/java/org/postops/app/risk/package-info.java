/**
 * What a fault puts at risk: from a kit that is down, through its bookings and its room's, to the tasks, people,
 * productions and milestones behind them; hours of booked work blocked, delivery slip and cost of delay
 * (decision 0023). Tickets rank open faults with it.
 */
package org.postops.app.risk;
