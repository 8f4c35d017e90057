"""The learned header labeller: line features, the CRF model beside them, and its training."""
