package com.ticketorleaveit.vendors.query.directory;

import java.util.UUID;

/** A vendor as the public directory shows it. */
record DirectoryEntry(UUID id, String name, String genre, String biography, String pictureUrl, boolean active) {}
