"""Who a text is about and who each word refers to: the document's subject, the
speaker of a first-person text, pronouns, kinship nouns and appositions.

Events and careers ask `People` for the person of a fact.
"""
