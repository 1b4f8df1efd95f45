import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


def same_weights(a, b):
    pairs = zip(a.parameters(), b.parameters(), strict=True)
    return all(torch.equal(p, q) for p, q in pairs)


torch.manual_seed(0)
a = make_model()
b = make_model()  # the random stream has moved on
torch.manual_seed(0)
c = make_model()  # the stream starts again from seed 0
print("a and b same weights:", same_weights(a, b))
print("a and c same weights:", same_weights(a, c))
