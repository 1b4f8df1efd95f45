import random

import numpy as np
import torch

# Python, NumPy and PyTorch each keep their own random state.
random.seed(0)
np.random.seed(0)
torch.manual_seed(0)
print("random:", round(random.random(), 4))
print("numpy: ", round(np.random.rand(), 4))
print("torch: ", round(torch.rand(1).item(), 4))

# Re-seeding torch rewinds torch only; the other two carry on.
torch.manual_seed(0)
print("after torch.manual_seed(0) alone:")
print("random:", round(random.random(), 4))
print("numpy: ", round(np.random.rand(), 4))
print("torch: ", round(torch.rand(1).item(), 4))
