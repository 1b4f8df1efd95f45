import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)


torch.save(Net(), "whole_model.pt")
torch.save(Net().state_dict(), "weights.pt")

# The default torch.load accepts tensors and plain containers...
state = torch.load("weights.pt")
print("state_dict file loaded:", list(state))

# ...but not an arbitrary class such as Net.
torch.load("whole_model.pt")  # raises pickle.UnpicklingError
