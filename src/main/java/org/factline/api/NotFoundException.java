package org.factline.api;

/** Something the request names does not exist; answered with 404 and the message. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
