/**
 * Vietnam's administrative units (đơn vị hành chính): levels, unit codes, and, as the hierarchy lands, time-versioned
 * units, reorganisation events, as-of views and crosswalks.
 */
package vn.danso.admin;
