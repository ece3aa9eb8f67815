"""Legal settings of the engine: figures, rates and the rules that use them."""
