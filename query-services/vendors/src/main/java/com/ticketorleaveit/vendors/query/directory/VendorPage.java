package com.ticketorleaveit.vendors.query.directory;

import java.util.List;

/** One page of the directory and how many vendors match in all. */
record VendorPage(List<DirectoryEntry> items, int page, int size, long total) {}
