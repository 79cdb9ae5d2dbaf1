/**
 * Implementation details shared by danso's packages; not exported from the module and not part of the API.
 */
package vn.danso.internal;
