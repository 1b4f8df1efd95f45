import numpy as np

# default_rng returns a private stream, like torch.Generator.
rng = np.random.default_rng(0)
np.random.seed(123)  # seeds only NumPy's legacy global state
print("rng:       ", rng.random(3).round(4).tolist())
print("fresh rng: ", np.random.default_rng(0).random(3).round(4).tolist())

# Same seed, different algorithm: the global functions differ from rng.
np.random.seed(0)
print("np.random: ", np.random.rand(3).round(4).tolist())
