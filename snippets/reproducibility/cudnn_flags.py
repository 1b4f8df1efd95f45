import torch

# The cuDNN flags exist in every build; they only matter for cuDNN ops.
print("cudnn.benchmark:    ", torch.backends.cudnn.benchmark)
print("cudnn.deterministic:", torch.backends.cudnn.deterministic)

# The global switch is a separate setting; it leaves these flags alone.
torch.use_deterministic_algorithms(True)
print("deterministic algorithms:", torch.are_deterministic_algorithms_enabled())
print("cudnn.deterministic:     ", torch.backends.cudnn.deterministic)
