"""Events: who did what to whom, sentence by sentence, as the articles report it."""
