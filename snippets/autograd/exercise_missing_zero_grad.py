import torch

x, target, lr = 2.0, 10.0, 0.05


def train(reset_grad):
    w = torch.tensor(0.0, requires_grad=True)
    losses = []
    for _ in range(5):
        loss = (w * x - target) ** 2
        losses.append(round(loss.item(), 4))
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
        if reset_grad:
            w.grad = None  # the line the buggy loop forgot
    return losses


print("without reset:", train(reset_grad=False))
print("with reset:   ", train(reset_grad=True))
