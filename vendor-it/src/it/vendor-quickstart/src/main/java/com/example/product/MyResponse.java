package com.example.product;

import java.util.Set;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;

/** What the product did: its effect, and the categories it left out of what it released. */
public record MyResponse(Effect effect, Set<InformationCategory> withheldCategories) {}
