import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 3),
    nn.BatchNorm1d(3),
    nn.ReLU(),
    nn.Linear(3, 2),
)

# Keys are "<child name>.<tensor name>"; the ReLU (index 2) has no tensors.
print("state_dict:")
for name, tensor in model.state_dict().items():
    print(f"  {name:<24} {str(tuple(tensor.shape)):<7} {tensor.dtype}")
print("type:", type(model.state_dict()).__name__)
print("parameters:", [name for name, _ in model.named_parameters()])
print("buffers:", [name for name, _ in model.named_buffers()])
