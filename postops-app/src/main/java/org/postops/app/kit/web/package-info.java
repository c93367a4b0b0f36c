/**
 * The kit, room and booking pages: the register with its warnings, each item and room with its bookings and
 * a booking form, the edit forms, the CSV import and export, and a production's bookings. All through the
 * kit area's services.
 */
package org.postops.app.kit.web;
