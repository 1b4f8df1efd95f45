import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(64, 3)
Y = (X**2).sum(dim=1, keepdim=True)  # a target the model can learn
batches = [(X[i : i + 16], Y[i : i + 16]) for i in range(0, 64, 16)]


def build(seed):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
    return model, torch.optim.Adam(model.parameters(), lr=0.02)


def train(model, optimizer, epochs):  # fixed batch order, no randomness
    losses = []
    for _ in epochs:
        total = 0.0
        for xb, yb in batches:
            loss = nn.functional.mse_loss(model(xb), yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item()
        losses.append(total / 4)  # mean loss over the epoch's 4 batches
    return losses


model, optimizer = build(seed=1)
straight = train(model, optimizer, range(6))

model, optimizer = build(seed=1)
first = train(model, optimizer, range(3))
state = {"epoch": 3, "model": model.state_dict(), "opt": optimizer.state_dict()}
torch.save(state, "checkpoint.pt")

# A new run: fresh objects (other random weights), then the checkpoint.
model, optimizer = build(seed=2)
ckpt = torch.load("checkpoint.pt", weights_only=True)
model.load_state_dict(ckpt["model"])
optimizer.load_state_dict(ckpt["opt"])
resumed = first + train(model, optimizer, range(ckpt["epoch"], 6))

print("straight:", [round(v, 1) for v in straight])
print("resumed: ", [round(v, 1) for v in resumed])
print("exactly equal:", straight == resumed)
