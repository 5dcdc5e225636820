"""Prompts on screen: the card on Today and the Library of readings."""
