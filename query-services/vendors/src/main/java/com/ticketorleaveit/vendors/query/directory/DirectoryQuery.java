package com.ticketorleaveit.vendors.query.directory;

import java.util.Optional;

/**
 * What a reader looks for in the vendor directory; every criterion given narrows the list.
 *
 * @param text words to find in a vendor's name, genre or biography (web-search syntax: {@code "quoted phrase"},
 *     {@code or}, {@code -excluded}), English stemming; the best matches first
 * @param genre vendors of this genre, whatever its case
 * @param includeInactive whether deactivated vendors are listed too
 */
record DirectoryQuery(Optional<String> text, Optional<String> genre, boolean includeInactive, int page, int size) {}
