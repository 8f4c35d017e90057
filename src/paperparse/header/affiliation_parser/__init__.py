"""The learned affiliation parser: an affiliation string's tokens labelled institution, department,
laboratory, addrLine, settlement, region, postCode, country or other (features, model, train)."""
