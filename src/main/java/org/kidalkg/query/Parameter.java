package org.kidalkg.query;

/** A named query's parameter: bound to the query variable of the same name. */
public record Parameter(String name, ParameterType type) {}
