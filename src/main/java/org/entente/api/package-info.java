/** The REST service: routes, request and response records, error mapping to problem details. */
package org.entente.api;
