import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()
X = torch.tensor(digits.data, dtype=torch.float32) / 16

torch.manual_seed(0)  # the starting weights are random: fix them
model = nn.Sequential(
    nn.Linear(64, 32),  # 64 pixels in, 32 hidden units out
    nn.ReLU(),
    nn.Linear(32, 10),  # one score per digit 0..9
)
n_params = sum(p.numel() for p in model.parameters())
print("parameters:", n_params)

scores = model(X[:5])  # a batch of 5 images
print("scores:", tuple(scores.shape))
print("guesses:", scores.argmax(dim=1).tolist())
print("labels: ", digits.target[:5].tolist())
